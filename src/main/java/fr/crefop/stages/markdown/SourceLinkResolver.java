package fr.crefop.stages.markdown;

import fr.crefop.stages.content.TextScan;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import fr.crefop.stages.content.SiteIndex;
import fr.crefop.stages.content.SourcePage;

import java.nio.file.Files;
import java.util.Optional;

/**
 * Rewrites links written to source files ({@code pendant.md#role-du-tuteur}, {@code ../memento/faq.md}) to the
 * target page's published address and reports a missing target at its line. Anchors and addresses are checked on
 * the built site, where every link still carries its source position.
 */
final class SourceLinkResolver implements LinkResolver {


    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext basic, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
            return link;
        }
        String url = decode(link.getUrl());
        if (url.isEmpty() || TextScan.scheme(url).isPresent() || url.startsWith("//")) {
            return link;
        }
        PageContext context = PageContext.of(basic.getDocument());
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash + 1);
        if (path.isEmpty()) {
            return link;
        }
        if (path.startsWith("/")) {
            return resolved(link, context.published(path) + fragment(anchor));
        }
        Optional<String> contentPath = SiteIndex.resolveContentPath(context.page().contentPath(), path);
        if (contentPath.isEmpty()) {
            context.error(node, "link", "le lien « " + url + " » sort du dossier content/",
                    "écrivez le chemin du fichier .md visé, relatif à cette page");
            return link;
        }
        if (path.endsWith(".md")) {
            return toPage(node, context, link, url, contentPath.get(), anchor);
        }
        return toFile(node, context, link, url, contentPath.get(), anchor);
    }

    private ResolvedLink toPage(Node node, PageContext context, ResolvedLink link, String url, String contentPath, String anchor) {
        Optional<SourcePage> target = context.index().byContentPath(contentPath);
        if (target.isEmpty()) {
            if (context.index().isDraft(contentPath)) {
                context.error(node, "link", "le lien « " + url + " » vise un brouillon (content/" + contentPath + ")",
                        "publiez la page visée (status: published) ou retirez le lien");
            } else {
                context.error(node, "link", "le lien « " + url + " » vise une page introuvable : content/" + contentPath,
                        "vérifiez le nom du fichier et son dossier ; le chemin est relatif à la page qui contient le lien");
            }
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        String address = target.get().address();
        return resolved(link, context.published(address) + fragment(anchor));
    }

    private ResolvedLink toFile(Node node, PageContext context, ResolvedLink link, String url, String contentPath, String anchor) {
        String address = "/" + contentPath;
        boolean isFile = Files.isRegularFile(context.contentRoot().resolve(contentPath));
        boolean isPage = context.index().byAddress(address.endsWith("/") ? address : address + "/").isPresent();
        if (!isFile && !isPage) {
            context.error(node, "link", "le lien « " + url + " » vise un fichier introuvable : content/" + contentPath,
                    "pour une page, liez son fichier .md ; pour une image ou un document, placez-le dans content/ et vérifiez son nom");
            return link.withStatus(LinkStatus.NOT_FOUND);
        }
        if (isPage && !address.endsWith("/")) {
            address = address + "/";
        }
        return resolved(link, context.published(address) + fragment(anchor));
    }


    private static ResolvedLink resolved(ResolvedLink link, String url) {
        return link.withUrl(url).withStatus(LinkStatus.VALID);
    }

    private static String decode(String url) {
        try {
            return java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String fragment(String anchor) {
        return anchor.isEmpty() ? "" : "#" + anchor;
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SourceLinkResolver();
        }
    }

    /** Registers the resolver with the HTML renderer. */
    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.linkResolverFactory(new Factory());
        }
    }
}
