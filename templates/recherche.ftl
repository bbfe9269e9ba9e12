<#ftl output_format="HTML" strip_whitespace=true>
<#--
  recherche.ftl — the search page, /recherche/ (generated when this layout exists), where every search form leads.
  With JavaScript, the results for ?q=… appear in #resultats-recherche. Without it, the page says so and lists
  every page of the site by section, like the site map.
-->
<#import "_base.ftl" as base>
<#macro tree nodes>
<ul class="sitemap__list">
  <#list nodes as node>
  <li><a href="${node.link.url}"><#if node.link.url == site.basePath>Accueil<#else>${node.link.title}</#if></a><#if node.children?has_content><@tree node.children/></#if></li>
  </#list>
</ul>
</#macro>
<@base.layout mainClass="page search-page">
  <@base.pageHead/>
  <@base.searchForm id="recherche-page" className="search--page" results="resultats-recherche"/>
  <div class="search-page__results" id="resultats-recherche"></div>
  <div class="prose search-page__nojs">
    <p>La recherche a besoin de JavaScript, qui semble désactivé dans votre navigateur. Toutes les pages du site
      sont listées ci-dessous, par rubrique.</p>
  </div>
  <#if site.tree?has_content>
  <section class="sitemap search-page__all" aria-labelledby="toutes-les-pages">
    <h2 id="toutes-les-pages">Toutes les pages, par rubrique</h2>
    <div class="sitemap__tree">
      <@tree site.tree/>
    </div>
  </section>
  </#if>
</@base.layout>
