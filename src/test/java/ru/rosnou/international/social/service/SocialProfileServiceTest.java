package ru.rosnou.international.social.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.social.domain.SocialNetwork;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SocialProfileServiceTest {

    @Autowired
    SocialProfileService social;

    @Test
    void aProfileNameWithInvisibleOrDirectionCharactersIsRefusedAndNothingIsStored() {
        int before = social.editableProfiles().size();
        assertThat(social.add(SocialNetwork.VK, "https://vk.com/rosnou-2", "РосНОУ\u202E ыннадзи"))
                .isEqualTo(Problems.builder()
                        .add("name", "editor.social.error.name.hidden")
                        .build());
        assertThat(social.editableProfiles()).hasSize(before);

        assertThat(social.add(SocialNetwork.VK, "https://vk.com/rosnou-2", "  ＲｏｓＮＯＵ two ")
                        .isEmpty())
                .isTrue();
        assertThat(social.editableProfiles())
                .extracting(SocialProfileService.EditableProfile::accessibleName)
                .contains("RosNOU two");
    }
}
