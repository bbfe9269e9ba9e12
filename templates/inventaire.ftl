<#ftl output_format="HTML" strip_whitespace=true>
<#-- inventaire.ftl — the inventory of initiatives: the page layout plus assets/js/initiatives.js, an instant filter
     added as an enhancement (without JavaScript, the listing pages by département, sector and level do the job). -->
<#import "_base.ftl" as base>
<#macro filterScript><script src="${site.basePath}assets/js/initiatives.js" defer></script></#macro>
<@base.layout mainClass="page" head=filterScript>
  <@base.pageHead/>
  <@base.article>
    <#include "_partage.ftl">
  </@base.article>
</@base.layout>
