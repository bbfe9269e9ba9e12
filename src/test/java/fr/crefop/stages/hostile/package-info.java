/**
 * The hostile-input suite: content files are untrusted (several organisations edit the site through pull
 * requests). Each test feeds the build one hostile or careless input and asserts the French message, the file and
 * line where there is one, the exit code, that the previously published site is byte-for-byte unchanged, that
 * nothing outside the output changed and that no staging folder is left ({@code testing.HostileBuild}).
 */
package fr.crefop.stages.hostile;
