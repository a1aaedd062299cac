package ru.rosnou.international.security.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Counted in the database itself, with single statements, so that parallel attempts, also on other instances
 * of the site, are all counted.
 */
public interface SignInFailureRepository extends JpaRepository<SignInFailure, SignInFailure.Key>, SignInFirstFailure {

    /** Counts an attempt if the address has attempts left for the name: 1 when counted, 0 when not. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SignInFailure f set f.failures = f.failures + 1, f.lastFailureAt = :now
            where f.username = :username and f.address = :address and f.failures < :limit""")
    int takeAttempt(
            @Param("username") String username,
            @Param("address") String address,
            @Param("limit") int limit,
            @Param("now") Instant now);

    /** Starts the pause of an address that has used up its attempts for the name, unless it has begun. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SignInFailure f set f.pausedUntil = :until
            where f.username = :username and f.address = :address and f.pausedUntil is null""")
    int pause(@Param("username") String username, @Param("address") String address, @Param("until") Instant until);

    /** A pause that is over gives the address its attempts back. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SignInFailure f set f.failures = 0, f.pausedUntil = null
            where f.username = :username and f.address = :address and f.pausedUntil <= :now""")
    int endPauseIfOver(@Param("username") String username, @Param("address") String address, @Param("now") Instant now);

    Optional<SignInFailure> findByUsernameAndAddress(String username, String address);

    /** Failures with the name from every address since the given moment. */
    @Query("""
            select coalesce(sum(f.failures), 0) from SignInFailure f
            where f.username = :username and f.lastFailureAt >= :since""")
    long countRecent(@Param("username") String username, @Param("since") Instant since);

    @Query("select max(f.lastFailureAt) from SignInFailure f where f.username = :username")
    Optional<Instant> lastFailure(@Param("username") String username);

    @Query("select count(f) from SignInFailure f where f.username = :username and f.pausedUntil > :now")
    long countPaused(@Param("username") String username, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SignInFailure f where f.username = :username and f.address = :address")
    int forgive(@Param("username") String username, @Param("address") String address);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SignInFailure f where f.username = :username")
    int forgiveAll(@Param("username") String username);

    /** Forgets failures that are old and pause nothing. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from SignInFailure f where f.lastFailureAt < :before
            and (f.pausedUntil is null or f.pausedUntil < :before)""")
    int forgetBefore(@Param("before") Instant before);
}
