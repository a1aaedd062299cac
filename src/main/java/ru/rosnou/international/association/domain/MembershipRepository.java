package ru.rosnou.international.association.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findAllByOrderByAsOfAsc();
}
