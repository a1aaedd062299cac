package ru.rosnou.international.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page numbers a long news list links to. */
class PaginationWindowTest {

    @Test
    void aShortListLinksEveryPage() {
        assertThat(Pagination.window(1, 1)).containsExactly(1);
        assertThat(Pagination.window(2, 5)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aLongListLinksTheFirstAndLastPagesAndTheCurrentPagesNeighbours() {
        assertThat(Pagination.window(4000, 8334)).containsExactly(1, 3998, 3999, 4000, 4001, 4002, 8334);
        assertThat(Pagination.window(1, 8334)).containsExactly(1, 2, 3, 8334);
        assertThat(Pagination.window(8334, 8334)).containsExactly(1, 8332, 8333, 8334);
    }

    @Test
    void aGapOfOnePageShowsThatPageInsteadOfAnEllipsis() {
        assertThat(Pagination.window(5, 20)).containsExactly(1, 2, 3, 4, 5, 6, 7, 20);
        assertThat(Pagination.window(16, 20)).containsExactly(1, 14, 15, 16, 17, 18, 19, 20);
    }
}
