<#ftl output_format="HTML" strip_whitespace=true>
<#--
  flyer.ftl — the one-page A4 flyer of a resource, published at « <address of the page>affiche/ »:
  title, one sentence, the key points, the address in clear and its QR code (or « adresse à confirmer » and an
  empty box while site.yaml has no url). Black on white; the print style sheet fits it on one A4 page.
  Data: kit (KitView): title, description, points, address, addressKnown, qrSvg, flyerUrl (the resource).
-->
<#import "_base.ftl" as base>
<@base.layout docTitle="Affiche : " + kit.title + " — " + site.title mainClass="page flyer">
  <article class="flyer__sheet" aria-labelledby="affiche-titre">
    <p class="flyer__site">${site.title}</p>
    <h1 class="flyer__title" id="affiche-titre">${kit.title}</h1>
    <p class="flyer__lead">${kit.description}</p>
    <#if page.dateText?has_content>
    <ul class="page-meta">
      <li>Mis à jour le <time datetime="${page.dateIso}">${page.dateText}</time></li>
    </ul>
    </#if>
    <#if kit.points?has_content>
    <h2 class="flyer__subtitle">Sur cette page</h2>
    <ul class="flyer__points">
      <#list kit.points as point>
      <li>${point}</li>
      </#list>
    </ul>
    </#if>
    <div class="flyer__address">
      <#if kit.addressKnown>
      <div class="flyer__qr">${kit.qrSvg?no_esc}</div>
      <p>Retrouvez cette page en ligne :<br><strong class="flyer__url">${kit.address}</strong></p>
      <#else>
      <div class="flyer__qr flyer__qr--missing"><p>QR code : adresse à confirmer</p></div>
      <p>Adresse en ligne : <strong>adresse à confirmer</strong></p>
      </#if>
    </div>
  </article>
  <p class="flyer__back"><a href="${kit.flyerUrl}">Retour à la page « ${kit.title} »</a></p>
</@base.layout>
