package fr.crefop.stages.stats.directives;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The flexmark nodes of statistics directives. */
final class StatsNodes {

    private StatsNodes() {
    }

    /** {@code {{stat …}}} inside a paragraph. */
    static final class Inline extends Node {
        Inline(BasedSequence chars) {
            super(chars);
        }

        String inside() {
            String text = getChars().toString();
            return text.substring(Directive.OPEN.length(), text.length() - Directive.CLOSE.length());
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[]{getChars()};
        }
    }

    /** {@code {{stats-…}}} alone on its line. */
    static final class Blk extends Block {
        Blk(BasedSequence chars) {
            super(chars);
        }

        String inside() {
            String text = getChars().toString().strip();
            return text.substring(Directive.OPEN.length(), text.length() - Directive.CLOSE.length());
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[]{getChars()};
        }
    }
}
