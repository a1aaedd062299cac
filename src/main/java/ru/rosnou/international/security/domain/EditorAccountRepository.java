package ru.rosnou.international.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EditorAccountRepository extends JpaRepository<EditorAccount, Long> {

    Optional<EditorAccount> findByUsernameIgnoreCase(String username);

    List<EditorAccount> findAllByOrderByUsernameAsc();
}
