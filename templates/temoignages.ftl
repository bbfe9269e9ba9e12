<#ftl output_format="HTML" strip_whitespace=true>
<#--
  temoignages.ftl — a page followed by the testimonies of data/temoignages/ (each published only with its
  consent recorded), or, while there are none, a clear empty state and the call for testimonies.
  Data: testimonies (see src/main/java/fr/crefop/stages/testimony/Testimony.java).
-->
<#import "_base.ftl" as base>
<@base.layout mainClass="page">
  <@base.pageHead/>
  <@base.article>
    <section class="testimonies" aria-labelledby="temoignages-titre">
      <h2 id="temoignages-titre">Témoignages</h2>
      <#if testimonies?has_content>
      <#list testimonies as t>
      <#assign caption>${t.who}<#if t.role?has_content>, ${t.role}</#if><#if t.company?has_content>, ${t.company}</#if><#if t.sector?has_content> (${t.sector})</#if>, ${t.dateText}</#assign>
      <figure class="testimony" role="figure" aria-label="${caption?markup_string}">
        <blockquote><p>${t.quote}</p></blockquote>
        <figcaption>${t.who}<#if t.role?has_content>, ${t.role}</#if><#if t.company?has_content>, ${t.company}</#if><#if t.sector?has_content> (${t.sector})</#if>, <time datetime="${t.dateIso}">${t.dateText}</time></figcaption>
      </figure>
      </#list>
      <#else>
      <p class="testimonies__empty"><strong>Aucun témoignage n'est publié pour l'instant.</strong> Cette rubrique accueillera des témoignages réels d'entreprises et d'élèves, publiés seulement avec l'accord écrit de leurs auteurs.</p>
      </#if>
      <#assign contacts = footer?filter(l -> l.title?lower_case == "contact")>
      <p>Vous avez accueilli une fille dans un métier dit « masculin », un garçon dans un métier dit « féminin », ou vous avez vécu un tel stage&nbsp;? Le groupe de travail souhaite valoriser ces expériences<#if contacts?has_content> : <a href="${contacts[0].url}">écrivez-nous</a></#if>.</p>
    </section>
    <#include "_partage.ftl">
  </@base.article>
</@base.layout>
