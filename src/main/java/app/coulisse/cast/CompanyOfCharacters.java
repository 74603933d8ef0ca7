package app.coulisse.cast;

import app.coulisse.core.DomainException;
import app.coulisse.season.CompanyRemoving;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Refuses to remove a company while characters belong to it, saying how many. */
@Component
class CompanyOfCharacters {

    private final StoryCharacterRepository characters;

    CompanyOfCharacters(StoryCharacterRepository characters) {
        this.characters = characters;
    }

    @EventListener
    void refuseWhileInUse(CompanyRemoving removing) {
        long count = characters.countByCompany_Id(removing.companyId());
        if (count > 0) {
            throw new DomainException("company.in-use.characters", removing.name(), count);
        }
    }
}
