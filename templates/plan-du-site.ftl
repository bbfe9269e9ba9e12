<#ftl output_format="HTML" strip_whitespace=true>
<#-- plan-du-site.ftl — the site map: the body, then every published page as nested lists of links. -->
<#import "_base.ftl" as base>
<#macro tree nodes>
<ul class="sitemap__list">
  <#list nodes as node>
  <li><a href="${node.link.url}"<#if node.link.url == page.url> aria-current="page"</#if>><#if node.link.url == site.basePath>Accueil<#else>${node.link.title}</#if></a><#if node.children?has_content><@tree node.children/></#if></li>
  </#list>
</ul>
</#macro>
<@base.layout mainClass="page sitemap">
  <@base.pageHead/>
  <@base.article>
    <#if site.tree?has_content>
    <div class="sitemap__tree">
      <@tree site.tree/>
    </div>
    </#if>
  </@base.article>
</@base.layout>
