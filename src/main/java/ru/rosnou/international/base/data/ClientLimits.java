package ru.rosnou.international.base.data;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allowances per client (failed sign-ins per address, questions per client), counted in the database so that
 * every instance behind one load balancer counts the same uses. A client's window starts at its first use; each
 * use is taken by one conditional UPDATE, so parallel requests, on one instance or several, cannot all slip in.
 */
@Component
public class ClientLimits {

    /** Longer client keys are cut: they are addresses or networks, far shorter. */
    static final int MAX_CLIENT_LENGTH = 128;

    /** One more use in the client's current window, if it has one and uses left in it. */
    private static final String USE_WITHIN_WINDOW = "update client_limit set uses = uses + 1"
            + " where kind = ? and client = ? and window_start > ? and uses < ?";
    /** The first use of a new window, if the client's last window is over. */
    private static final String START_NEW_WINDOW = "update client_limit set uses = 1, window_start = ?"
            + " where kind = ? and client = ? and window_start <= ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate firstUse;

    public ClientLimits(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstUse = new TransactionTemplate(transactions);
        // In a transaction of its own: on PostgreSQL a failed insert (a parallel first use) would end the caller's.
        this.firstUse.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Takes one use of the client's allowance: false when it has had {@code limit} within its window. */
    public boolean take(String kind, @Nullable String client, int limit, Duration window) {
        String key = key(client);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime windowsStartedAfter = now.minus(window);
        for (int round = 0; round < 2; round++) {
            if (jdbc.update(USE_WITHIN_WINDOW, kind, key, windowsStartedAfter, limit) == 1) {
                return true;
            }
            if (jdbc.update(START_NEW_WINDOW, now, kind, key, windowsStartedAfter) == 1) {
                return limit > 0;
            }
            Integer known = jdbc.queryForObject(
                    "select count(*) from client_limit where kind = ? and client = ?", Integer.class, kind, key);
            if (known != null && known > 0) {
                return false;
            }
            try {
                firstUse.executeWithoutResult(status -> jdbc.update(
                        "insert into client_limit (kind, client, window_start, uses) values (?, ?, ?, 1)",
                        kind,
                        key,
                        now));
                return limit > 0;
            } catch (DataIntegrityViolationException parallelFirstUse) {
                // Another request made the client's row first: count this use against it.
            }
        }
        return false;
    }

    /** Gives a use back (a sign-in that succeeded was not a failure). */
    public void giveBack(String kind, @Nullable String client) {
        jdbc.update(
                "update client_limit set uses = uses - 1 where kind = ? and client = ? and uses > 0",
                kind,
                key(client));
    }

    /** Clients whose last window began a day ago or more are forgotten: their next use starts a new one. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void forgetOldWindows() {
        jdbc.update(
                "delete from client_limit where window_start < ?",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
    }

    private static String key(@Nullable String client) {
        String key = network(client);
        return key.length() > MAX_CLIENT_LENGTH ? key.substring(0, MAX_CLIENT_LENGTH) : key;
    }

    /**
     * The client a limit counts: its address, but for IPv6 its /64 network, since one subscriber usually holds a
     * whole /64 and could otherwise take a new address for each try. Every limit (sign-in, questions) counts by it.
     */
    public static String network(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0) {
            try {
                // A literal address: parsed, never looked up.
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
            } catch (UnknownHostException | SecurityException e) {
                return address;
            }
        }
        return address;
    }
}
