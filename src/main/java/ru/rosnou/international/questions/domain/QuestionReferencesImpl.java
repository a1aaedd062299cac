package ru.rosnou.international.questions.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Reads the sequence in the database's own words ({@code next value for} on H2, {@code nextval(...)} on
 * PostgreSQL), as Hibernate's dialect for the database says them.
 */
class QuestionReferencesImpl implements QuestionReferences {

    static final String SEQUENCE = "question_reference_seq";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public long nextReferenceNumber() {
        String sql = entityManager
                .getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString(SEQUENCE);
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
