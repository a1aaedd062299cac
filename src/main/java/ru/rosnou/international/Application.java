package ru.rosnou.international;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The international news site of the Russian New University. */
@SpringBootApplication
// Settings are records next to what they set (QuestionSettings, SignInSettings, SessionSettings).
@ConfigurationPropertiesScan
// Each instance looks for changes made on the others (ChangesAcrossInstances).
@org.springframework.scheduling.annotation.EnableScheduling
@Theme("intl")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for everything that depends on "today", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
