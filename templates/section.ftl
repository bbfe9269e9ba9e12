<#ftl output_format="HTML" strip_whitespace=true>
<#-- section.ftl — a section's home: its body, then the pages under it as cards. -->
<#import "_base.ftl" as base>
<@base.layout mainClass="page section">
  <@base.pageHead/>
  <@base.article>
    <#if page.children?has_content>
    <section class="children" aria-labelledby="pages-de-la-rubrique">
      <h2 id="pages-de-la-rubrique" class="children__title">Dans cette rubrique</h2>
      <ul class="cards">
        <#list page.children as child>
        <li class="card">
          <h3 class="card__title"><a class="card__link" href="${child.url}">${child.title}</a></h3>
          <#if child.description?has_content>
          <p class="card__text">${child.description}</p>
          </#if>
        </li>
        </#list>
      </ul>
    </section>
    </#if>
    <#include "_partage.ftl">
  </@base.article>
</@base.layout>
