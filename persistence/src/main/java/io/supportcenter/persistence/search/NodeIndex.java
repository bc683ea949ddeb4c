package io.supportcenter.persistence.search;

import io.supportcenter.domain.kb.IndexVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One Lucene index of this node, in a directory of its own disk or in memory. On disk, each commit can record the
 * {@link IndexVersion} it reflects, so that the next start only adds what changed meanwhile; a directory another
 * process holds (a second node on one machine) leaves this node an index in memory, and one that cannot be read is
 * written anew, both said in the log.
 */
public final class NodeIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NodeIndex.class.getName());
    private static final String DATABASE_KEY = "databaseKey";
    private static final String CHANGE = "change";
    private static final String FORMAT = "textFormat";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** What this build writes into the index; an index written in another format reports no version (built anew). */
    private final String format;

    /** What a search does with a searcher that is acquired for it and released after. */
    @FunctionalInterface
    public interface Search<T> {
        T with(IndexSearcher searcher) throws IOException;
    }

    /**
     * @param place  the directory, or none (in memory)
     * @param what   what the index holds, as the log names it ("search index")
     * @param format the version of what this build writes, recorded with each version
     */
    public NodeIndex(Optional<Path> place, Analyzer analyzer, String what, String format) {
        this.format = format;
        Directory opened = null;
        IndexWriter openedWriter = null;
        if (place.isPresent()) {
            Path path = place.get();
            try {
                Files.createDirectories(path);
                opened = FSDirectory.open(path);
                openedWriter = writer(opened, analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            } catch (LockObtainFailedException e) {
                LOG.info(() -> "The " + what + " directory " + path + " is in use by another process; this node keeps its index in memory");
                opened = closeQuietly(opened);
            } catch (IOException | RuntimeException e) {
                // An index that cannot be read (a crash while writing, another Lucene version) is written anew.
                LOG.log(Level.WARNING, "The " + what + " in " + path + " cannot be read; it is built anew", e);
                try {
                    openedWriter = writer(opened, analyzer, IndexWriterConfig.OpenMode.CREATE);
                } catch (IOException | RuntimeException again) {
                    LOG.log(Level.WARNING, "The " + what + " directory " + path + " cannot be written; this node keeps its index in memory", again);
                    opened = closeQuietly(opened);
                }
            }
        }
        try {
            if (opened == null) {
                opened = new ByteBuffersDirectory();
                openedWriter = writer(opened, analyzer, IndexWriterConfig.OpenMode.CREATE);
            }
            directory = opened;
            writer = openedWriter;
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndexWriter writer(Directory in, Analyzer analyzer, IndexWriterConfig.OpenMode mode) throws IOException {
        if (in == null) {
            throw new IOException("no directory");
        }
        // A full rebuild writes every document at once: a larger buffer means fewer segments to merge.
        return new IndexWriter(in, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64).setOpenMode(mode));
    }

    private static Directory closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing an index directory", e);
            }
        }
        return null;
    }

    public IndexWriter writer() {
        return writer;
    }

    /** What the last commit recorded it reflects, if written in this build's format. */
    public Optional<IndexVersion> version() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        if (!data.containsKey(DATABASE_KEY) || !data.containsKey(CHANGE) || !format.equals(data.get(FORMAT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexVersion(data.get(DATABASE_KEY), Long.parseLong(data.get(CHANGE))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Commits with the version the index now reflects (a later commit without one keeps it). */
    public void commit(IndexVersion version) throws IOException {
        writer.setLiveCommitData(Map.of(DATABASE_KEY, version.databaseKey(), CHANGE, Long.toString(version.change()),
                FORMAT, format).entrySet());
        commit();
    }

    /** Commits, and lets the next search see what was written. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Runs a search on the index as last committed. */
    public <T> T search(Search<T> search) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return search.with(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "releasing an index searcher", e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
