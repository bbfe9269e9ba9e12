<#ftl output_format="HTML" strip_whitespace=true>
<#--
  _partage.ftl — the « Partager avec les familles » block of a resource page (a page whose header has
  « audience »): a ready-to-paste text for Pronote or an ENT, and the link to the page's A4 flyer.
  Data: kit (see src/main/java/fr/crefop/stages/kit/KitView.java). Prints nothing on other pages.
-->
<#if kit.resource>
<section class="share" aria-labelledby="kit-partage">
  <h2 class="share__title" id="kit-partage">Partager avec les familles</h2>
  <p>Pour relayer cette page dans Pronote, l'ENT ou un courriel, copiez ce texte :</p>
  <label class="share__label" for="kit-texte">Texte à copier (titre, résumé, adresse)</label>
  <textarea class="share__text" id="kit-texte" readonly rows="4">${kit.shareText}</textarea>
  <#if !kit.addressKnown>
  <p class="share__note">L'adresse publique du site est à confirmer : elle sera ajoutée ici dès qu'elle sera connue.</p>
  </#if>
  <p><a href="${kit.flyerUrl}">Affiche à imprimer (A4, noir et blanc)<#if kit.addressKnown>, avec QR code</#if></a></p>
</section>
</#if>
