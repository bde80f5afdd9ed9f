package uk.arcs.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Uploaded files are UTF-8 text; anything else is refused as a whole, naming the file. */
public final class Utf8 {

    private Utf8() {
    }

    public static String decode(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedBatchException("upload refused", List.of(
                    new RowError(file, 0, null, "the file is not UTF-8 text")));
        }
    }
}
