package org.crosscheck.ui.picture;

import java.util.List;
import org.crosscheck.domain.picture.PictureSnapshot;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.OverlapMatrix;
import org.crosscheck.insight.PictureSummary;

/** Everything the Picture screen loads in one background read. */
record PictureData(List<BusinessProfile> ranked, PictureSummary summary, OverlapMatrix overlap,
                   List<PictureSnapshot> trend) {
}
