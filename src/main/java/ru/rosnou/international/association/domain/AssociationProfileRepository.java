package ru.rosnou.international.association.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssociationProfileRepository extends JpaRepository<AssociationProfile, String> {}
