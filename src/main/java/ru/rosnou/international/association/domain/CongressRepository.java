package ru.rosnou.international.association.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressRepository extends JpaRepository<Congress, Integer> {

    List<Congress> findAllByOrderByStartsOnAsc();
}
