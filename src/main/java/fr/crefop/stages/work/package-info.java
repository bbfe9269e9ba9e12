/**
 * Per-page work: a pool of threads with a stack deep enough for legitimately nested pages, and the translation of a
 * failure while handling one page into a finding naming that page. Depends on {@code diag} only.
 */
package fr.crefop.stages.work;
