package ru.rosnou.international.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A client address an account has signed in from: its usual places. */
@Entity
@Table(name = "sign_in_address")
@IdClass(SignInAddress.Key.class)
public class SignInAddress {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    private String address;

    @Column(name = "last_success_at", nullable = false)
    private Instant lastSuccessAt;

    protected SignInAddress() {}

    public SignInAddress(long accountId, String address, Instant lastSuccessAt) {
        this.accountId = accountId;
        this.address = address;
        this.lastSuccessAt = lastSuccessAt;
    }

    public void signedIn(Instant at) {
        this.lastSuccessAt = at;
    }

    /** The composite key: account and address. */
    public static class Key implements Serializable {
        private Long accountId;
        private String address;

        protected Key() {}

        public Key(Long accountId, String address) {
            this.accountId = accountId;
            this.address = address;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(address, key.address);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, address);
        }
    }
}
