<#ftl output_format="HTML" strip_whitespace=true>
<#--
  video.ftl — a video page (header « layout: video »): the player with French captions, or the « vidéo à venir »
  state, the chapters, the credits, then the page's text, whose « Transcription » section is the full transcript.
  A video on another host: for a well-known host (video.embed, computed at build time), a placeholder naming the
  host whose button (revealed by assets/js/video-consent.js) loads the host's player only on click; for any host,
  a plain link. Nothing is requested from the other site before the reader asks.
  Data: video (see src/main/java/fr/crefop/stages/video/VideoView.java).
-->
<#import "_base.ftl" as base>
<#macro videoHead>
<#if video.embed?has_content>
<script src="${site.basePath}assets/js/video-consent.js" defer></script>
</#if>
<#if video.jsonLd?has_content>
<script type="application/ld+json">${video.jsonLd?no_esc}</script>
</#if>
</#macro>
<@base.layout mainClass="page video-page" head=videoHead>
  <@base.pageHead/>
  <div class="video">
    <#if video.upcoming>
    <div class="video__poster">
      <#if video.poster?has_content>
      <img src="${video.poster}" alt="Affiche du film : ${page.title}">
      </#if>
      <p class="video__state"><strong>Vidéo à venir</strong></p>
    </div>
    <p class="video__lead">${page.description}</p>
    <#elseif video.src?has_content>
    <video class="video__player" controls preload="metadata"<#if video.poster?has_content> poster="${video.poster}"</#if>>
      <source src="${video.src}" type="${video.type}">
      <track kind="captions" srclang="fr" label="Français" src="${video.captions}" default>
      <p>Votre navigateur ne lit pas cette vidéo : <a href="${video.src}">téléchargez le fichier</a>.</p>
    </video>
    <p class="video__links"><a href="${video.src}" download>Télécharger la vidéo</a> · <a href="${video.captions}" download>Télécharger les sous-titres (WebVTT)</a><#if video.duration?has_content> · Durée : <time datetime="${video.durationIso}">${video.duration}</time></#if></p>
    <#elseif video.external?has_content>
    <div class="video__external">
      <#if video.embed?has_content>
      <div class="video__consent">
        <div class="video__poster">
          <#if video.poster?has_content>
          <img src="${video.poster}" alt="Affiche du film : ${page.title}">
          </#if>
          <p class="video__consent-title"><strong>${page.title}</strong></p>
          <p>Cette vidéo est hébergée par <strong>${video.host}</strong>. En la chargeant, vous acceptez que ${video.host} reçoive votre adresse IP et dépose éventuellement des cookies.</p>
          <button type="button" class="video__load" data-embed="${video.embed}" data-title="Vidéo : ${page.title} (${video.host})" hidden>Charger la vidéo depuis ${video.host}</button>
        </div>
      </div>
      <#else>
      <p>Cette vidéo est hébergée par <strong>${video.host}</strong>. Elle n'est pas chargée sur cette page : ce site ne contacte ${video.host} que si vous suivez ce lien.</p>
      </#if>
      <p><a href="${video.external}">Voir la vidéo sur ${video.host}</a><#if video.duration?has_content> (durée : <time datetime="${video.durationIso}">${video.duration}</time>)</#if></p>
      <#if video.captions?has_content><p><a href="${video.captions}" download>Télécharger les sous-titres (WebVTT)</a></p></#if>
    </div>
    </#if>
    <#if video.chapters?has_content>
    <h2 id="chapitres">Chapitres</h2>
    <ol class="video__chapters">
      <#list video.chapters as chapter>
      <li><time datetime="${chapter.iso()}">${chapter.time}</time> — ${chapter.title}</li>
      </#list>
    </ol>
    </#if>
    <#if video.credits?has_content>
    <h2 id="generique">Générique</h2>
    <ul class="video__credits">
      <#list video.credits as credit>
      <li>${credit}</li>
      </#list>
    </ul>
    </#if>
  </div>
  <@base.article>
    <#include "_partage.ftl">
  </@base.article>
</@base.layout>
