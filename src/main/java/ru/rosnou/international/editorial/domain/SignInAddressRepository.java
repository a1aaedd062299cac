package ru.rosnou.international.editorial.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignInAddressRepository extends JpaRepository<SignInAddress, SignInAddress.Key> {
}
