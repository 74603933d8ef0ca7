package app.coulisse.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRoleAndActiveTrue(Role role);

    List<AppUser> findAllByOrderByUsernameAsc();
}
