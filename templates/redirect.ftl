<#ftl output_format="HTML" strip_whitespace=true>
<#--
  redirect.ftl — the page left at an old address: sends the reader to the new one at once
  (meta refresh, no script) and, if that does not happen, says where the page went.
-->
<#import "_base.ftl" as base>

<#macro redirectHead>
<meta http-equiv="refresh" content="0; url=${page.redirectTo}">
<link rel="canonical" href="${page.redirectTo}">
</#macro>

<@base.layout docTitle="Cette page a déménagé — " + site.title mainClass="page redirect" showBreadcrumb=false noindex=true head=redirectHead>
  <div class="page-head">
    <h1 class="page-head__title">Cette page a déménagé</h1>
  </div>
  <div class="prose">
    <p>Elle se trouve maintenant à cette adresse : <a href="${page.redirectTo}">${page.title}</a>.</p>
  </div>
</@base.layout>
