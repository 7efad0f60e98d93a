package app.unknot.catalog.picture;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page may show pictures: it gets them as {@code pictures}, for the words the picture fragment gives each one. */
@ControllerAdvice(annotations = Controller.class)
class PictureTexts {

    private final TechniquePictures pictures;

    PictureTexts(TechniquePictures pictures) {
        this.pictures = pictures;
    }

    @ModelAttribute("pictures")
    TechniquePictures pictures() {
        return pictures;
    }
}
