package org.mirrorhand.live;

import org.mirrorhand.pose.HandPoseEstimator;

/** Opens the pose estimator; called once, on the inference thread that will own it. */
@FunctionalInterface
public interface EstimatorFactory {
    HandPoseEstimator open();
}
