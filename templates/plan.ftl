<#ftl output_format="HTML" strip_whitespace=true>
<#-- plan.ftl — a collective stage plan or the blank trame: the page layout, printed on A4 landscape
     (assets/css/plan-print.css, loaded for print only). -->
<#import "_base.ftl" as base>
<#macro printSheet><link rel="stylesheet" href="${site.basePath}assets/css/plan-print.css" media="print"></#macro>
<@base.layout mainClass="page plan-page" head=printSheet>
  <@base.pageHead/>
  <@base.article>
    <#include "_partage.ftl">
  </@base.article>
</@base.layout>
