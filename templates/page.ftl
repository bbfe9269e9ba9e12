<#ftl output_format="HTML" strip_whitespace=true>
<#-- page.ftl — the default layout: title, metadata, table of contents (when asked) and body. -->
<#import "_base.ftl" as base>
<@base.layout mainClass="page">
  <@base.pageHead/>
  <@base.article>
    <#include "_partage.ftl">
  </@base.article>
</@base.layout>
