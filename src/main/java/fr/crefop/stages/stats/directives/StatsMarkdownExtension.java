package fr.crefop.stages.stats.directives;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import fr.crefop.stages.markdown.InlineDirective;
import fr.crefop.stages.markdown.MarkdownPage;

import java.util.Optional;
import java.util.Set;

/**
 * Statistics in Markdown: {@code {{stat taux_placement territoire=27}}} in a sentence, and
 * {@code {{stats-chart indicateur=taux_placement}}} (and the other {@code stats-…} blocks) alone on a line.
 * Each is replaced by figures from {@code data/statistiques/}; a problem is reported at its line.
 */
public final class StatsMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final DirectiveRenderer directives;

    public StatsMarkdownExtension(DirectiveRenderer directives) {
        this.directives = directives;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new BlockFactory());
        builder.customInlineParserExtensionFactory(new StatParser());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer(directives));
    }

    private static final class Renderer implements NodeRenderer {
        private final DirectiveRenderer directives;

        Renderer(DirectiveRenderer directives) {
            this.directives = directives;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(StatsNodes.Inline.class, (node, context, html) -> render(node, node.inside(), true, html)),
                    new NodeRenderingHandler<>(StatsNodes.Blk.class, (node, context, html) -> render(node, node.inside(), false, html)));
        }

        private void render(Node node, String inside, boolean inline, HtmlWriter html) {
            MarkdownPage page = MarkdownPage.of(node);
            Optional<Directive> directive = Directive.parse(inside);
            DirectiveRenderer.Result result = directive
                    .map(d -> directives.render(d, inline, page::url, "stats-" + node.getStartOffset()))
                    .orElseGet(() -> DirectiveRenderer.Result.problem("directive inconnue « {{" + inside.strip() + "}} »",
                            "directives possibles : " + DirectiveRenderer.NAMES));
            result.problem().ifPresent(p -> page.error(node, "stats", p.message(), p.hint()));
            if (inline) {
                html.raw(result.html());
            } else {
                html.srcPos(node.getChars()).attr("class", "stats-block").withAttr().tagLineIndent("div", () -> html.raw(result.html()).line());
            }
        }
    }

    /** {@code {{stats-…}}} alone on a line. */
    private static final class BlockFactory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) {
                        return BlockStart.none();
                    }
                    BasedSequence line = state.getLine();
                    String text = line.subSequence(state.getNextNonSpaceIndex()).toString().strip();
                    if (text.startsWith(Directive.OPEN + "stats-") && text.endsWith(Directive.CLOSE)
                            && text.indexOf(Directive.CLOSE) == text.length() - 2) {
                        return BlockStart.of(new SingleLine(new StatsNodes.Blk(line.subSequence(state.getNextNonSpaceIndex()).trimEOL())))
                                .atIndex(line.length());
                    }
                    return BlockStart.none();
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class SingleLine extends AbstractBlockParser {
        private final Block block;

        SingleLine(Block block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
            // one line, nothing to close
        }
    }

    /** Parses {@code {{stat …}}} inside a paragraph. */
    private static final class StatParser extends InlineDirective {
        StatParser() {
            super(Directive.OPEN + "stat", StatsNodes.Inline::new);
        }
    }
}
