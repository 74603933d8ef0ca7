package app.coulisse.season;

import app.coulisse.core.DomainException;

/** A company of the first-run setup broke a rule: the rule's message, and which company (its place in the list). */
public class CompanyRefused extends DomainException {

    private final int position;

    CompanyRefused(int position, DomainException refused) {
        super(refused.getMessageKey(), refused.getArguments());
        this.position = position;
    }

    /** The company's place in the setup's list, from 0. */
    public int position() {
        return position;
    }
}
