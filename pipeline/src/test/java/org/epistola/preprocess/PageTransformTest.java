package org.epistola.preprocess;

import org.epistola.model.PageTransform;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.epistola.model.BBox;
import org.junit.jupiter.api.Test;

class PageTransformTest {

  private static final BufferedImage PAGE = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);

  @Test
  void identityKeepsBoxes() {
    assertEquals(new BBox(10, 20, 30, 40),
        PageTransform.identity(400, 300).toOriginal(new BBox(10, 20, 30, 40)));
  }

  @Test
  void scaledPageBoxesShrinkBack() {
    Warp.Result scaled = Warp.apply(PAGE, AffineTransform.getScaleInstance(2, 2));
    PageTransform transform = PageTransform.identity(400, 300).then(scaled.map());
    assertEquals(800, scaled.image().getWidth());
    assertEquals(new BBox(5, 10, 20, 15), transform.toOriginal(new BBox(10, 20, 40, 30)));
  }

  @Test
  void quarterTurnedPageBoxesTurnBack() {
    // Turned clockwise, the original's top-left corner lands at the top right.
    Warp.Result turned = Warp.apply(PAGE, AffineTransform.getQuadrantRotateInstance(1));
    PageTransform transform = PageTransform.identity(400, 300).then(turned.map());
    assertEquals(300, turned.image().getWidth());
    assertEquals(400, turned.image().getHeight());
    assertEquals(new BBox(10, 270, 40, 20), transform.toOriginal(new BBox(10, 10, 20, 40)));
  }

  @Test
  void upsideDownPageBoxesTurnBack() {
    Warp.Result turned = Warp.apply(PAGE, AffineTransform.getQuadrantRotateInstance(2));
    PageTransform transform = PageTransform.identity(400, 300).then(turned.map());
    assertEquals(new BBox(350, 250, 40, 40), transform.toOriginal(new BBox(10, 10, 40, 40)));
  }

  @Test
  void skewedBoxesBecomeTheBoundsOfTheirTurnedCorners() {
    double angle = Math.toRadians(10);
    Warp.Result turned = Warp.apply(PAGE, AffineTransform.getRotateInstance(angle));
    PageTransform transform = PageTransform.identity(400, 300).then(turned.map());
    BBox original = new BBox(100, 100, 200, 20);
    double[] corners = {100, 100, 300, 100, 100, 120, 300, 120};
    transform.forward().transform(corners, 0, corners, 0, 4);
    int left = (int) Math.round(Math.min(Math.min(corners[0], corners[2]), Math.min(corners[4], corners[6])));
    int top = (int) Math.round(Math.min(Math.min(corners[1], corners[3]), Math.min(corners[5], corners[7])));
    int right = (int) Math.round(Math.max(Math.max(corners[0], corners[2]), Math.max(corners[4], corners[6])));
    int bottom = (int) Math.round(Math.max(Math.max(corners[1], corners[3]), Math.max(corners[5], corners[7])));
    BBox back = transform.toOriginal(new BBox(left, top, right - left, bottom - top));
    // The bounds of a turned box hold the original box, with corners cut off by the turn.
    assertEquals(original.x(), back.x(), 20);
    assertEquals(original.y(), back.y(), 40);
    assertEquals(original.right(), back.right(), 20);
    assertEquals(original.bottom(), back.bottom(), 40);
  }

  @Test
  void boxesAreClippedToTheOriginalImage() {
    Warp.Result turned = Warp.apply(PAGE, AffineTransform.getRotateInstance(Math.toRadians(5)));
    PageTransform transform = PageTransform.identity(400, 300).then(turned.map());
    BBox all = transform.toOriginal(
        new BBox(0, 0, turned.image().getWidth(), turned.image().getHeight()));
    assertEquals(new BBox(0, 0, 400, 300), all);
  }
}
