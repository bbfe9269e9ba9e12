<#ftl output_format="HTML" strip_whitespace=true>
<#--
  _base.ftl — the page skeleton shared by every layout (a partial: its name starts with « _ »).

  Layouts import it and call the macros:
    <#import "_base.ftl" as base>
    <@base.layout mainClass="page">
      <@base.pageHead/>
      <@base.article> …extra content after the body… </@base.article>
    </@base.layout>

  Data model (see src/main/java/fr/crefop/stages/view/): site, page, nav, footer. No value is ever null.
  No request to another site: every asset comes from ${site.basePath}assets/. Scripts are progressive enhancements:
  the search loader (a few hundred bytes, which fetches search.js and the index on first use), and
  assets/js/checklists.js on pages with a checklist.
-->

<#--
  layout: the whole document.
    docTitle        the <title> text; empty = page title + " — " + site title (home: site title only)
    mainClass       extra classes on <main> (e.g. "home")
    showBreadcrumb  false for pages that must not have one (home, redirect)
    noindex         true to ask search engines not to index the page (drafts always are)
    head            a macro printing extra elements in <head> (e.g. the redirect's meta refresh)
-->
<#macro layout docTitle="" mainClass="" showBreadcrumb=true noindex=false head="">
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if docTitle?has_content>${docTitle}<#elseif page.home || !page.title?has_content>${site.title}<#else>${page.title} — ${site.title}</#if></title>
<#if page.description?has_content>
<meta name="description" content="${page.description}">
</#if>
<#if noindex || page.draft>
<meta name="robots" content="noindex">
</#if>
<@shareMeta noindex=noindex || page.draft/>
<link rel="stylesheet" href="${site.basePath}assets/css/site.css">
<link rel="icon" href="${site.basePath}assets/favicon.svg" type="image/svg+xml">
<script src="${site.basePath}assets/js/search-loader.js" defer></script>

<#-- Feed autodiscovery on the resource catalogue's pages (feeds written by the catalogue, see the README). -->
<#if page.url?starts_with(site.basePath + "ressources/")>
<link rel="alternate" type="application/atom+xml" title="Ressources — ${site.title}" href="${site.basePath}ressources/flux.xml">
<#list ["entreprises", "etablissements", "eleves", "familles"] as audience><#if page.url == site.basePath + "ressources/" + audience + "/">
<link rel="alternate" type="application/atom+xml" title="${page.title} — ${site.title}" href="${site.basePath}ressources/${audience}/flux.xml">
</#if></#list>
</#if>
<#-- Pages with a checklist: a small script keeps the ticks in the browser (the boxes work without it). -->
<#if page.body?contains("checklist__item")>
<script src="${site.basePath}assets/js/checklists.js" defer></script>
</#if>
<#if head?is_directive><@head/></#if>
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="wrap site-header__inner">
    <p class="site-header__name"><a href="${site.basePath}">${site.title}</a></p>
    <#if site.tagline?has_content>
    <p class="site-header__tagline">${site.tagline}</p>
    </#if>
    <@searchForm id="recherche-champ" className="search--header"/>
  </div>
  <#if nav?has_content>
  <nav class="site-nav" aria-label="Menu principal">
    <div class="wrap">
      <ul class="site-nav__list">
        <#list nav as item>
        <li class="site-nav__item"><a class="site-nav__link" href="${item.url}"<@current item/>>${item.title}</a></li>
        </#list>
      </ul>
    </div>
  </nav>
  </#if>
</header>
<#if showBreadcrumb && !page.home>
<@breadcrumb/>
</#if>
<main id="contenu" tabindex="-1" class="main<#if mainClass?has_content> ${mainClass}</#if>">
  <div class="wrap">
    <#if page.draft>
    <p class="draft-banner"><strong>Brouillon :</strong> cette page n'est pas publiée</p>
    </#if>
    <#nested>
  </div>
</main>
<footer class="site-footer">
  <div class="wrap">
    <#if footer?has_content>
    <nav class="site-footer__nav" aria-label="Pied de page">
      <ul class="site-footer__list">
        <#list footer as item>
        <li><a href="${item.url}"<@current item/>>${item.title}</a></li>
        </#list>
      </ul>
    </nav>
    </#if>
    <p class="site-footer__publisher">Éditeur du site : ${site.publisher}</p>
    <#-- The legal mention of the accessibility status, linked to the accessibility statement when the footer has it. -->
    <#local statements = footer?filter(l -> l.title?lower_case?starts_with("accessibilit"))>
    <p class="site-footer__a11y"><#if statements?has_content><a href="${statements[0].url}">Accessibilité : ${site.accessibilityStatus}</a><#else>Accessibilité : ${site.accessibilityStatus}</#if></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#--
  shareMeta: the canonical address and the sharing previews (Open Graph, Twitter card). Addresses are absolute
  when site.yaml gives the site's public address (url), relative until then.
-->
<#macro shareMeta noindex>
<#local address = site.url + page.url>
<#local shareTitle = page.title?has_content?then(page.title, site.title)>
<#local image = site.url + site.basePath + "assets/partage.png">
<#if !noindex>
<link rel="canonical" href="${address}">
</#if>
<meta property="og:type" content="website">
<meta property="og:locale" content="fr_FR">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${shareTitle}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${address}">
<meta property="og:image" content="${image}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${site.title} : accueillir des élèves en stage en Normandie">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${shareTitle}">
<meta name="twitter:description" content="${page.description}">
<meta name="twitter:image" content="${image}">
</#macro>

<#--
  searchForm: the search box. Without JavaScript it leads to the search page (/recherche/), which lists every
  section; with it, results appear under the box as the reader types (or in the element named by « results »).
-->
<#macro searchForm id className="" results="">
<form class="search<#if className?has_content> ${className}</#if>" role="search" action="${site.basePath}recherche/" method="get" data-index="${site.basePath}recherche/index.json" data-script="${site.basePath}assets/js/search.js"<#if results?has_content> data-results="${results}"</#if>>
  <label class="search__label" for="${id}">Rechercher dans le site</label>
  <span class="search__row"><input class="search__field" id="${id}" type="search" name="q" autocomplete="off" enterkeyhint="search"><button class="search__button" type="submit">Rechercher</button></span>
  <span class="sr-only" role="status"></span>
  <#if !results?has_content><div class="search__results" hidden></div></#if>
</form>
</#macro>

<#-- aria-current of a navigation link: « page » for the page itself, « true » for an ancestor section. -->
<#macro current item><#if item.url == page.url> aria-current="page"<#elseif item.current> aria-current="true"</#if></#macro>

<#-- The breadcrumb: the ancestors as links (the home page is called « Accueil »), then the page itself. -->
<#macro breadcrumb>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <div class="wrap">
    <ol class="breadcrumb__list">
      <#list page.breadcrumb as crumb>
      <li class="breadcrumb__item"><a href="${crumb.url}"><#if crumb.url == site.basePath>Accueil<#else>${crumb.title}</#if></a></li>
      </#list>
      <li class="breadcrumb__item"><span aria-current="page">${page.title}</span></li>
    </ol>
  </div>
</nav>
</#macro>

<#-- The page's h1 and its metadata line (date, audiences, levels), each shown only when present. -->
<#macro pageHead title=page.title>
<div class="page-head">
  <h1 class="page-head__title">${title}</h1>
  <#if page.dateText?has_content || page.audiences?has_content || page.levels?has_content>
  <ul class="page-meta">
    <#if page.dateText?has_content>
    <li><#if page.dateIso?has_content>Mis à jour le <time datetime="${page.dateIso}">${page.dateText}</time><#else>Mis à jour le ${page.dateText}</#if></li>
    </#if>
    <#if page.audiences?has_content>
    <li>Pour : ${page.audiences?join(", ")}</li>
    </#if>
    <#if page.levels?has_content>
    <li>Niveaux : ${page.levels?join(", ")}</li>
    </#if>
  </ul>
  </#if>
  <#-- The mémento's pages link to it as one PDF (made by the build when the section has its page memento/index.md);
       the build replaces « (PDF) » with its page count and size. Outside the page's text, so that the PDF does not
       contain its own link. -->
  <#local memento = site.basePath + "memento/">
  <#if page.url?starts_with(memento) && site.tree?filter(n -> n.link.url == memento)?has_content>
  <p class="download"><a class="download__link" href="${site.basePath}memento/memento-entreprises.pdf" type="application/pdf">Télécharger le mémento <span class="download__details">(PDF)</span></a></p>
  </#if>
</div>
</#macro>

<#--
  The table of contents: level-2 entries, each with its level-3 entries nested under it.
  A level-3 entry with no level-2 entry before it is listed at the first level.
-->
<#macro toc>
<nav class="toc" aria-labelledby="sommaire-titre">
  <h2 class="toc__title" id="sommaire-titre">Sommaire</h2>
  <#compress>
  <ul class="toc__list">
    <#local open2 = false>
    <#local open3 = false>
    <#list page.toc as entry>
      <#if entry.level <= 2 || !open2>
        <#if open3></ul><#local open3 = false></#if>
        <#if open2></li><#local open2 = false></#if>
        <li><a href="#${entry.id}">${entry.text}</a><#if entry.level <= 2><#local open2 = true><#else></li></#if>
      <#else>
        <#if !open3><ul><#local open3 = true></#if>
        <li><a href="#${entry.id}">${entry.text}</a></li>
      </#if>
    </#list>
    <#if open3></ul></#if>
    <#if open2></li></#if>
  </ul>
  </#compress>
</nav>
</#macro>

<#--
  article: the table of contents (when page.showToc), the Markdown body, then what the layout nests
  (children cards, site map…). On wide screens the table of contents sits in a side column (see site.css).
-->
<#macro article>
<#local hasToc = page.showToc && page.toc?has_content>
<div class="page-body<#if hasToc> page-body--toc</#if>">
  <#if hasToc><@toc/></#if>
  <div class="page-body__main">
    <div class="prose">
      ${page.body?no_esc}
    </div>
    <#nested>
  </div>
</div>
</#macro>
