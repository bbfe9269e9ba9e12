package fr.crefop.stages.markdown;

import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;
import java.util.function.Function;

/**
 * Parses a directive written inside a paragraph, from its opening ({@code {{site }}, {@code {{stat}}) to the next
 * {@code }}}, into a node. Runs before the attributes extension, which also starts at '{'. Shared by the site
 * settings ({@link SiteSettingsExtension}) and the statistics' inline figures: each has its own subclass, as flexmark
 * orders its inline parsers by class.
 */
public abstract class InlineDirective implements InlineParserExtensionFactory {

    private static final String CLOSE = "}}";

    private final String opening;
    private final Function<BasedSequence, Node> node;

    /**
     * @param opening what the directive starts with
     * @param node    makes the node from the directive's whole text, opening and closing included
     */
    protected InlineDirective(String opening, Function<BasedSequence, Node> node) {
        this.opening = opening;
        this.node = node;
    }

    @Override
    public CharSequence getCharacters() {
        return "{";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
        return new InlineParserExtension() {
            @Override
            public void finalizeDocument(InlineParser parser) {
                // nothing to finalise
            }

            @Override
            public void finalizeBlock(InlineParser parser) {
                // nothing to finalise
            }

            @Override
            public boolean parse(LightInlineParser parser) {
                BasedSequence input = parser.getInput();
                int start = parser.getIndex();
                if (!input.subSequence(start).startsWith(opening)) {
                    return false;
                }
                int end = input.indexOf(CLOSE, start);
                if (end < 0) {
                    return false;
                }
                parser.flushTextNode();
                parser.getBlock().appendChild(node.apply(input.subSequence(start, end + CLOSE.length())));
                parser.setIndex(end + CLOSE.length());
                return true;
            }
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(AttributesInlineParserExtension.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
