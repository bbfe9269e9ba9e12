package fr.crefop.stages.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import fr.crefop.stages.config.SiteConfig;

import java.util.Set;

/**
 * {@code {{site contact}}} in a sentence: a setting of {@code site.yaml}, so that the accessibility declaration
 * and the contact page show the same contact, date and addresses (see {@link SiteSettingTexts}).
 */
public final class SiteSettingsExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static final String OPEN = "{{site ";

    private final SiteSettingTexts texts;

    public SiteSettingsExtension(SiteConfig config) {
        this.texts = new SiteSettingTexts(config);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new SettingParser());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer(texts));
    }

    /** {@code {{site name}}} in a paragraph. */
    static final class Setting extends Node {
        Setting(BasedSequence chars) {
            super(chars);
        }

        String name() {
            String text = getChars().toString();
            return text.substring(OPEN.length(), text.length() - 2).strip();
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[]{getChars()};
        }
    }

    private record Renderer(SiteSettingTexts texts) implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Setting.class, (node, context, html) -> render(node, html)));
        }

        private void render(Setting node, HtmlWriter html) {
            var shown = texts.html(node.name());
            if (shown.isEmpty()) {
                PageContext.of(node.getDocument()).error(node, "site-setting", "réglage inconnu « {{site " + node.name() + "}} »",
                        "réglages possibles : " + SiteSettingTexts.NAMES);
                html.text(node.getChars().toString());
                return;
            }
            html.raw(shown.get());
        }
    }

    /** Parses {@code {{site …}}}. */
    private static final class SettingParser extends InlineDirective {
        SettingParser() {
            super(OPEN, Setting::new);
        }
    }
}
