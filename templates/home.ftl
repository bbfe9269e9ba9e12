<#ftl output_format="HTML" strip_whitespace=true>
<#--
  home.ftl — the home page: no breadcrumb, no table of contents. The body gives the introduction and the
  audience entry points (« Je suis une entreprise »…, h2 sections styled as cards in site.css).
-->
<#import "_base.ftl" as base>
<@base.layout mainClass="home" showBreadcrumb=false>
  <div class="page-head home-head">
    <h1 class="page-head__title">${page.title}</h1>
    <#if page.dateText?has_content>
    <ul class="page-meta">
      <li>Mis à jour le <time datetime="${page.dateIso}">${page.dateText}</time></li>
    </ul>
    </#if>
  </div>
  <div class="prose home-body">
    ${page.body?no_esc}
    <#include "_partage.ftl">
  </div>
</@base.layout>
