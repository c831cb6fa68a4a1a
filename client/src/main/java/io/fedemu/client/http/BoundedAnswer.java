package io.fedemu.client.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Caps what a SOAP client reads of an answer: past {@code maxBytes} the read fails with
 * {@link AnswerTooLargeException}, so a partner answering 50 MB costs at most the cap, not the heap.
 */
public final class BoundedAnswer extends AbstractPhaseInterceptor<Message> {
    /** Far above any real free/busy or Autodiscover answer (100 mailboxes x 42 days is well under 4 MB). */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public BoundedAnswer(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            message.setContent(InputStream.class, new Limited(in, maxBytes));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            remaining -= n;
            if (remaining < 0) {
                throw new AnswerTooLargeException(limit);
            }
        }
    }
}
