package ru.rosnou.international;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Browserless view tests: the real Spring context and views, a mocked Vaadin session. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("ru.rosnou.international");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected static void navigate(String path) {
        int question = path.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, question),
                    QueryParameters.fromString(path.substring(question + 1)));
        }
    }
}
