package app.coulisse.season;

/**
 * Published before a company is removed: a feature whose data belongs to the company (characters,
 * dance numbers) vetoes the removal by throwing a {@link app.coulisse.core.DomainException} that says why.
 */
public record CompanyRemoving(long companyId, String name) {
}
