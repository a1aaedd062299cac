package ru.rosnou.international.editorial.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EditorAccountRepository extends JpaRepository<EditorAccount, Long> {

    Optional<EditorAccount> findByUsernameIgnoreCase(String username);

    List<EditorAccount> findAllByOrderByUsernameAsc();

    /** Counts a failed sign-in in the database itself, so that parallel attempts are all counted. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EditorAccount a set a.failedAttempts = a.failedAttempts + 1 where lower(a.username) = lower(:username)")
    int countFailure(@Param("username") String username);

    /** Locks the account once the count reaches the limit, and starts counting afresh. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update EditorAccount a set a.lockedUntil = :until, a.failedAttempts = 0
            where lower(a.username) = lower(:username) and a.failedAttempts >= :limit""")
    int lockIfOverLimit(@Param("username") String username, @Param("limit") int limit,
                        @Param("until") java.time.Instant until);
}
