package com.publisherportal.listing;

import com.publisherportal.common.ValidationException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Uploads are judged by their content: signatures and the pixel size in the image header. */
class UploadInspectorTest {

    private static byte[] image(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void aPngOfExactly48By48IsAcceptedAnd48By49Refused() throws Exception {
        assertThat(UploadInspector.png(image("png", 48, 48), 48, 48, "logo").width()).isEqualTo(48);
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> UploadInspector.png(image("png", 48, 49), 48, 48, "logo"));
        assertThat(e.messageKey()).isEqualTo("upload.wrong-size");
        assertThat(e.arguments()).containsExactly(48, 49, 48, 48);
    }

    @Test
    void aJpegRenamedToPngIsRefusedAndNamedAsJpeg() throws Exception {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> UploadInspector.png(image("jpg", 48, 48), 48, 48, "logo"));
        assertThat(e.messageKey()).isEqualTo("upload.not-png");
        assertThat(((com.publisherportal.common.Translatable) e.arguments()[0]).messageKey()).isEqualTo("upload.kind.JPEG");
    }

    @Test
    void aTextFileNamedPdfIsRefusedAndARealPdfAccepted() {
        byte[] text = "Just some notes, not a PDF".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(ValidationException.class, () -> UploadInspector.pdf(text, "doc")).messageKey())
                .isEqualTo("upload.not-pdf");
        assertThat(UploadInspector.pdf(GeneratedArtwork.pdf("Datasheet"), "doc").contentType()).isEqualTo("application/pdf");
    }

    @Test
    void readingStopsAtTheLimitAndRefusesMore() {
        byte[] limit = new byte[UploadInspector.IMAGE_LIMIT];
        assertThat(UploadInspector.readLimited(new ByteArrayInputStream(limit), UploadInspector.IMAGE_LIMIT, "f")).hasSize(limit.length);
        byte[] over = new byte[UploadInspector.IMAGE_LIMIT + 1];
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> UploadInspector.readLimited(new ByteArrayInputStream(over), UploadInspector.IMAGE_LIMIT, "f"));
        assertThat(e.messageKey()).isEqualTo("upload.too-large");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> UploadInspector.readLimited(new ByteArrayInputStream(new byte[0]), 10, "f")).messageKey()).isEqualTo("upload.empty");
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] signatureOnly = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertThat(catchThrowableOfType(ValidationException.class, () -> UploadInspector.png(signatureOnly, 48, 48, "f")).messageKey())
                .isEqualTo("upload.not-png");
    }
}
