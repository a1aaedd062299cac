package ru.rosnou.international.base.reading;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Draws a reading page for one request, neither from nor into the kept pages: the answer to a form posted to the
 * page's own address (the question form without JavaScript), whose view finds the submission in the request's
 * attributes. The site's first-response renderer implements it; a feature's controller needs only this.
 */
public interface FreshPages {

    void drawFresh(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
