/**
 * The techniques' pictures: {@link app.unknot.catalog.picture.TechniquePictures} draws one per
 * technique at start-up from its content file, through the scenes it names (one file each in
 * {@code catalog/scenes}, read by {@code SceneReader}): a figure posed by its joint angles ({@code Pose},
 * {@code Figure}, {@code FrontFigure}) with its tools and furniture ({@code Props}). It serves them as SVG. The sheet's PDF draws them too,
 * through this named interface.
 */
@NamedInterface("picture")
package app.unknot.catalog.picture;

import org.springframework.modulith.NamedInterface;
