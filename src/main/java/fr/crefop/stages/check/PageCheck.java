package fr.crefop.stages.check;

import fr.crefop.stages.diag.Finding;

import java.util.List;

/** A rule checked on each built page on its own. */
public interface PageCheck {

    List<Finding> check(CheckedPage page);
}
