package app.coulisse.dance;

import app.coulisse.core.DomainException;
import app.coulisse.season.CompanyRemoving;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Refuses to remove a company while dance numbers belong to it, saying how many. */
@Component
class CompanyOfDanceNumbers {

    private final DanceNumberRepository numbers;

    CompanyOfDanceNumbers(DanceNumberRepository numbers) {
        this.numbers = numbers;
    }

    @EventListener
    void refuseWhileInUse(CompanyRemoving removing) {
        long count = numbers.countByCompany_Id(removing.companyId());
        if (count > 0) {
            throw new DomainException("company.in-use.dance-numbers", removing.name(), count);
        }
    }
}
