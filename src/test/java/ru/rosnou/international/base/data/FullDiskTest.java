package ru.rosnou.international.base.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded H2 database on a disk that fills and is freed again, as the pool of the site holds it: while H2
 * cannot write, its connections still call themselves valid (the check the readiness group used), so readiness
 * must write to know; once the disk has room the site writes again without a restart.
 */
class FullDiskTest {

    private static volatile boolean full;

    static {
        FilePath.register(new FullDisk());
    }

    @TempDir
    Path folder;

    @Test
    void aDatabaseThatCannotWriteIsNotReadyAndWritesAgainOnceTheDiskHasRoom() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:fulldisk:" + folder.resolve("news") + ";WRITE_DELAY=0");
            pool.setUsername("sa");
            pool.setMaximumPoolSize(4);
            pool.setConnectionTimeout(3000);
            pool.setExceptionOverrideClassName(ClosedDatabaseEviction.class.getName());
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table content_change (id int primary key, version bigint not null)");
            jdbc.update("insert into content_change values (1, 0)");
            jdbc.execute("create table question (id int primary key, text varchar(2000))");
            DatabaseHealth health =
                    new DatabaseHealth(pool, new DatabaseSettings(Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO));
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            full = true;
            try {
                jdbc.update("insert into question select x, repeat('q', 2000) from system_range(1, 2000)");
            } catch (RuntimeException expected) {
                // the disk is full
            }
            try (var connection = pool.getConnection()) {
                assertThat(connection.isValid(1))
                        .as("what the old readiness check asked: the connection says it is valid")
                        .isTrue();
            } catch (SQLException cannotEvenConnect) {
                // also a database that is not there
            }
            assertThat(health.health().getStatus())
                    .as("readiness while H2 cannot write")
                    .isEqualTo(Status.DOWN);

            full = false;
            assertThat(health.health().getStatus())
                    .as("the disk has room again")
                    .isEqualTo(Status.UP);
            for (int i = 0; i < 8; i++) {
                jdbc.update("insert into question values (?, 'after')", 10_000 + i);
            }
            assertThat(jdbc.queryForObject("select count(*) from question where text = 'after'", Integer.class))
                    .isEqualTo(8);
            health.stop();
        } finally {
            full = false;
        }
    }

    /** H2's files, on a disk that refuses every write while {@link #full}. */
    public static final class FullDisk extends FilePathWrapper {

        @Override
        public String getScheme() {
            return "fulldisk";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FileChannel inner = getBase().open(mode);
            return new FileBase() {
                @Override
                public int read(ByteBuffer dst) throws IOException {
                    return inner.read(dst);
                }

                @Override
                public int read(ByteBuffer dst, long position) throws IOException {
                    return inner.read(dst, position);
                }

                @Override
                public int write(ByteBuffer src) throws IOException {
                    refuseWhenFull();
                    return inner.write(src);
                }

                @Override
                public int write(ByteBuffer src, long position) throws IOException {
                    refuseWhenFull();
                    return inner.write(src, position);
                }

                @Override
                public long position() throws IOException {
                    return inner.position();
                }

                @Override
                public FileChannel position(long position) throws IOException {
                    inner.position(position);
                    return this;
                }

                @Override
                public long size() throws IOException {
                    return inner.size();
                }

                @Override
                public FileChannel truncate(long size) throws IOException {
                    inner.truncate(size);
                    return this;
                }

                @Override
                public void force(boolean metaData) throws IOException {
                    refuseWhenFull();
                    inner.force(metaData);
                }

                @Override
                public FileLock tryLock(long position, long size, boolean shared) throws IOException {
                    return inner.tryLock(position, size, shared);
                }

                @Override
                protected void implCloseChannel() throws IOException {
                    inner.close();
                }
            };
        }

        private static void refuseWhenFull() throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
        }
    }
}
