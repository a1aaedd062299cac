package ru.rosnou.international.security.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignInAddressRepository extends JpaRepository<SignInAddress, SignInAddress.Key> {}
