<#ftl output_format="HTML" strip_whitespace=true>
<#--
  introuvable.ftl — the « Page introuvable » page, published at /404.html (generated when this layout exists).
  The host serves it for any unknown address, so every link is absolute. Not indexed by search engines.
-->
<#import "_base.ftl" as base>
<@base.layout docTitle="Page introuvable — " + site.title mainClass="page not-found" showBreadcrumb=false noindex=true>
  <div class="page-head">
    <h1 class="page-head__title">Page introuvable</h1>
  </div>
  <div class="prose">
    <p>Aucune page ne se trouve à cette adresse. Elle a peut-être changé, ou l'adresse contient une faute de frappe.</p>
    <p>Cherchez ce qu'il vous faut avec quelques mots :</p>
  </div>
  <@base.searchForm id="recherche-introuvable" className="search--page"/>
  <#if nav?has_content>
  <section class="prose not-found__sections" aria-labelledby="rubriques-titre">
    <h2 id="rubriques-titre">Les rubriques du site</h2>
    <ul>
      <li><a href="${site.basePath}">Accueil</a></li>
      <#list nav as item>
      <li><a href="${item.url}">${item.title}</a></li>
      </#list>
    </ul>
  </section>
  </#if>
</@base.layout>
